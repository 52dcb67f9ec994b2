import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as previewAnnotations from './preview';

// Stories run as tests with the same decorators and parameters as in Storybook; the a11y
// addon's `test: 'error'` makes an axe violation fail the story.
setProjectAnnotations([a11yAnnotations, previewAnnotations]);
