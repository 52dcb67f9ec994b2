import { markNavigation } from '../chrome.js';
import { mountDynamicsPage } from '../dynamics.js';

// Entry of dynamics.html: results dynamics of the ШНОР (seed 004).
markNavigation('dynamics');
const content = document.getElementById('content');
if (content) mountDynamicsPage(content);
