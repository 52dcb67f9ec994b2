import { markNavigation } from '../chrome.js';
import { mountCabinet } from '../cabinet/cabinet.js';

// Entry of cabinet.html: the portal with its server — sign-in by role, monitoring and roadmaps
// stored in the database, every change through the offline outbox.
markNavigation('cabinet');
const content = document.getElementById('content');
if (content) void mountCabinet(content);
