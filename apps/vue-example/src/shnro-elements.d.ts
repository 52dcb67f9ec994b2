// Template types for the SDK's tags in Vue (checked by vue-tsc): each tag's properties and the
// events `@shnro-indicators-submit` and friends hand over. @shnro/widgets ships the
// GlobalComponents declaration for every tag, generated from its custom-elements.json.
import type {} from '@shnro/widgets/vue.js';
