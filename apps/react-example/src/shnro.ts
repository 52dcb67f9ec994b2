import { createShnroComponents } from '@shnro/widgets/react.js';
import * as React from 'react';

// The wrappers are made with this app's own React, once; importing the module registers the tags.
export const { ShnroIndicatorForm, ShnroIndicatorTable } = createShnroComponents(React);
