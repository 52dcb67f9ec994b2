// The automatic review's engine (the core's rules and the Russian stemmer), loaded after the first
// paint by review-controller.ts: a roadmap is shown and typed into without it.
export { createRoadmapReviewer } from '@shnro/core';
