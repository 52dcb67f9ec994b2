// CDN entry of <shnro-indicator-form>: strict-CSP mode first, then the element's registration.
import './strict-csp.js';
import '../indicator-form/define.js';
