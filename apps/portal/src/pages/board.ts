import { markNavigation } from '../chrome.js';
import { mountWorkspace } from '../workspace/gate.js';
import { mountBoardPage } from '../workspace/board-page.js';

// Entry of board.html: Свод дорожных карт, from the portal's server, by role.
markNavigation('board');
const content = document.getElementById('content');
if (content) void mountWorkspace(content, 'Свод дорожных карт', mountBoardPage);
