// The lifecycle's steps (the core's `transitionRoadmap`, with the approval's review and the submit
// check it runs), loaded at idle time and on the first lifecycle button (lifecycle-controller.ts).
export { transitionRoadmap } from '@shnro/core';
