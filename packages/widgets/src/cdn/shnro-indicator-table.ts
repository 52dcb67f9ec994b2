// CDN entry of <shnro-indicator-table>: strict-CSP mode first, then the element's registration.
import './strict-csp.js';
import '../indicator-table/define.js';
