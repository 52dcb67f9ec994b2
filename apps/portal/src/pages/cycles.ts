import { markNavigation } from '../chrome.js';
import { mountWorkspace } from '../workspace/gate.js';
import { mountCyclesPage } from '../workspace/cycles-page.js';

// Entry of cycles.html: Циклы мониторинга и справка, from the portal's server, by role.
markNavigation('cycles');
const content = document.getElementById('content');
if (content) void mountWorkspace(content, 'Циклы мониторинга и справка', mountCyclesPage);
