// CDN entry of <shnro-draft-list>: strict-CSP mode first, then the element's registration.
import './strict-csp.js';
import '../drafts/draft-list/define.js';
