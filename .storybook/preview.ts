import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `cem analyze` (the widgets build); it gives every
// story its controls and the docs page its tables of properties, events, parts and CSS properties.
import customElements from '../packages/widgets/custom-elements.json';

setCustomElementsManifest(customElements);

// Language and theme switch from the toolbar: widgets read `lang` and `color-scheme` from
// their page the way they do inside a portal.
const withLocaleAndTheme: Decorator = (story, context) => {
  const { locale, theme } = context.globals as { locale?: string; theme?: string };
  document.documentElement.lang = locale ?? 'ru';
  document.documentElement.style.colorScheme = theme ?? 'light';
  document.body.style.background = theme === 'dark' ? '#0d1117' : '#ffffff';
  return story();
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Язык / Language',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'ru', title: 'Русский' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Тема / Theme',
      toolbar: {
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Светлая / Light' },
          { value: 'dark', title: 'Тёмная / Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ru', theme: 'light' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
