import { enableStrictContentSecurityPolicy } from '@shnro/core';

// CDN pages are the ones with strict policies and no bundler to configure: the core's copy of
// zod inlined in this build must never try `new Function`.
enableStrictContentSecurityPolicy();
