// Registering the tags before Vue mounts, so that the elements have their properties when Vue
// sets them.
import '@shnro/widgets/indicator-form/define.js'; // <shnro-indicator-form>, and the table it uses
import '@shnro/widgets/indicator-table/define.js'; // <shnro-indicator-table>
import { createApp } from 'vue';
import App from './App.vue';
import './page.css';

createApp(App).mount('#app');
