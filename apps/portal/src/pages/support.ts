import { markNavigation } from '../chrome.js';
import { mountWorkspace } from '../workspace/gate.js';
import { mountSupportPage } from '../workspace/support-page.js';

// Entry of support.html: Решения и сопровождение, from the portal's server, by role.
markNavigation('support');
const content = document.getElementById('content');
if (content) void mountWorkspace(content, 'Решения и сопровождение', mountSupportPage);
