import { defineElement } from '../shared/define-element.js';
import { ShnroSchoolRegistry } from './school-registry.js';

defineElement('shnro-school-registry', ShnroSchoolRegistry);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-school-registry': ShnroSchoolRegistry;
  }
}

export { ShnroSchoolRegistry };
export {
  ShnroRegistryImportEvent,
  ShnroIdentificationDecisionEvent,
  type ShnroRegistryImportDetail,
  type ShnroIdentificationDecisionDetail,
} from '../events/school-registry.js';
