import { markNavigation } from '../chrome.js';
import { mountWorkspace } from '../workspace/gate.js';
import { mountResultsPage } from '../workspace/results-page.js';

// Entry of results.html: Динамика по данным портала (seed 002), from the portal server.
markNavigation('results');
const content = document.getElementById('content');
if (content) void mountWorkspace(content, 'Динамика результатов по данным портала', mountResultsPage);
