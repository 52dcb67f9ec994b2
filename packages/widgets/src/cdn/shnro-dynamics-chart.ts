// CDN entry of <shnro-dynamics-chart>: strict-CSP mode first, then the element's registration.
import './strict-csp.js';
import '../dynamics-chart/define.js';
