import { markNavigation } from '../chrome.js';
import { mountReportPage } from '../report.js';

// Entry of report.html: the analytical report page (suggested path: apps/portal/src/pages/report.ts).
markNavigation('report');
const content = document.getElementById('content');
if (content) mountReportPage(content);
