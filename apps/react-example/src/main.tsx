// Registering the tags before React renders: React 19 sets a prop as a property only when the
// element already has it, that is, once its tag is defined.
import '@shnro/widgets/indicator-form/define.js'; // <shnro-indicator-form>, and the table it uses
import '@shnro/widgets/indicator-table/define.js'; // <shnro-indicator-table>
// The React 19 JSX types of the tags (types only, nothing at run time).
import type {} from '@shnro/widgets/jsx/react.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './page.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
