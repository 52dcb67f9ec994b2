import { markNavigation } from '../chrome.js';
import { mountWorkspace } from '../workspace/gate.js';
import { mountRegistryPage } from '../workspace/registry-page.js';

// Entry of registry.html: Реестр и определение ОО, from the portal's server, by role.
markNavigation('registry');
const content = document.getElementById('content');
if (content) void mountWorkspace(content, 'Реестр и определение ОО', mountRegistryPage);
