// CDN entry of <shnro-roadmap-editor>: strict-CSP mode first, then the element's registration.
import './strict-csp.js';
import '../roadmap-editor/define.js';
