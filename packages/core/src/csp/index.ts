export { enableStrictContentSecurityPolicy } from './strict-csp.js';
