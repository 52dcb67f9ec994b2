import {
  catalogueLookup,
  registryShapeProblem,
  type AssessmentResult,
  type DisplayLocale,
  type IdentificationDecision,
  type Identification,
  type IdentificationMethodology,
  type ImportFile,
  type MappingOverride,
  type RegionCatalogue,
  type Registry,
  type RegistryDiff,
  type RegistryImport,
  type TableFile,
} from '@shnro/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ShnroRegistryImportEvent } from '../events/school-registry.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { LazyValidation } from '../shared/lazy-validate.js';
import { LocalizeController } from '../shared/localize.js';
import { themeStyles } from '../shared/theme.styles.js';
import { renderDropZone } from './drop-zone.js';
import { IdentificationController } from './identification-controller.js';
import { focusInCategory } from './identification-view.js';
import { loadFilePart, prefetchFilePart, type FilePart } from './load-file-part.js';
import { schoolRegistryMessages } from './messages.js';
import { renderProposals } from './proposals.js';
import { renderRegistryProblem } from './registry-problem.js';
import type { PreviewModel } from './preview-table.js';
import { schoolRegistryStyles } from './school-registry.styles.js';
import type { WindowController } from './window-controller.js';

/**
 * @tagname shnro-school-registry
 * @summary The region's registry of schools (реестр ОО): a CSV or XLSX file read, its column
 * mapping edited, a virtualised preview with every row problem, import, the diff on re-import,
 * and the identification proposals to confirm or reject.
 *
 * Every rule is the core's: the file is read by `readTableFile` (encoding, delimiter, sheets),
 * rows become schools and teachers by `importRegistryTables` with the mapping the person edits
 * (`chooseColumn`), each problem names its sheet, row and column (`describeImportProblem`), an
 * unmapped required column is named once (`missingColumns`), a re-import is compared with
 * `diffRegistry` and applied with `applyRegistryDiff`, proposals come from `identifySchools` and
 * decisions are recorded by `decideIdentification` (a rejection needs a reason). A file the core
 * refuses is said in place; the file and the choices before it are kept.
 *
 * `access` says what the person may do: `manage` (the regional operator: every part), `review`
 * (the municipal methodologist: the registry and the proposals of the municipality, confirm or
 * reject with a reason; no file, mapping or import), `view` (read only). The portal's server
 * enforces access; this only leaves out what the person may not do.
 *
 * @event {ShnroRegistryImportEvent} shnro-registry-import - The person imported the file; `detail.registry` is the registry to keep. Cancel to refuse.
 * @event {ShnroIdentificationDecisionEvent} shnro-identification-decision - A proposal was confirmed or rejected with a reason. Cancel to refuse.
 *
 * @csspart drop-zone - The area a file is dropped on, with the file input.
 * @csspart summary - The line that counts the registry's schools and teachers.
 * @csspart mapping - The column mapping editor.
 * @csspart preview - The scrolling preview of the rows.
 * @csspart problem-cell - A preview cell a problem names.
 * @csspart diff - The changes a re-import brings.
 * @csspart import-button - The import button.
 * @csspart identification - The identification proposals.
 * @csspart proposal - One school's proposals.
 * @csspart reject-form - The reason typed to reject a proposal.
 * @csspart remark - A message about a file or a decision.
 *
 * @cssprop --shnro-color-accent - The drop zone while a file is dragged over it, and buttons.
 * @cssprop --shnro-color-danger - Errors and rows that do not import.
 * @cssprop --shnro-color-warning - Rows imported with a warning.
 * @cssprop --shnro-color-border - Cell borders.
 * @cssprop --shnro-font-family - Font family.
 * @cssprop --shnro-registry-preview-height - Height of the preview's scrolling area (24em).
 */
export class ShnroSchoolRegistry extends LitElement {
  static override styles = [themeStyles, dataTableStyles, schoolRegistryStyles];

  // ─── API ──────────────────────────────────────────────────────────────────────────────────

  /** The current registry: a file read against it shows the diff, and an import updates it. */
  @property({ attribute: false }) registry?: Registry;

  /** The region's own categories and risks and how its files write them (default: the registry's). */
  @property({ attribute: false }) catalogue?: RegionCatalogue;

  /** The region's name, kept in an imported registry. */
  @property() region?: string;

  /** The identification methodology; with `results`, its proposals are shown for the registry. */
  @property({ attribute: false }) methodology?: IdentificationMethodology;

  /** The assessment results the methodology reads. */
  @property({ attribute: false }) results?: readonly AssessmentResult[];

  /** Proposals worked out elsewhere (a server); used instead of `methodology` and `results`. */
  @property({ attribute: false }) identification?: Identification;

  /** Decisions already taken on the proposals; the element adds the person's. */
  @property({ attribute: false }) decisions?: readonly IdentificationDecision[];

  /** Who decides, written into each decision (`by`). */
  @property({ attribute: 'decided-by' }) decidedBy?: string;

  /**
   * What the person may do (доступ): `manage` (default: open a file, edit its mapping, import, and
   * decide), `review` (see the registry and proposals, confirm or reject one with a reason), or
   * `view` (see only). Anything else reads as `view`.
   */
  @property({ reflect: true }) access: RegistryAccess = 'manage';

  // ─── Implementation ───────────────────────────────────────────────────────────────────────

  @state() private table?: TableFile;
  @state() private imported?: RegistryImport;
  @state() private overrides: Record<string, MappingOverride> = {};
  @state() private activeSheet = '';
  @state() private onlyProblems = false;
  @state() private removals = false;
  @state() private dragging = false;
  @state() private busy?: string;
  @state() private rejected?: { file: string; messages: string[] };
  @state() private notice?: string;

  private readonly localize = new LocalizeController(this, schoolRegistryMessages);
  // The file part (reading, mapping, preview, diff) and the preview's window, once a file is opened.
  private filePart?: FilePart;
  private rows?: WindowController;
  private preview?: { key: unknown[]; model: PreviewModel };
  private readonly decisionsOf = new IdentificationController(
    this,
    () => this.localize.locale,
    () => this.currentRegistry,
  );
  // The registry a host hands over, checked without zod; its problems worded only when it fails.
  private readonly registryCheck = new LazyValidation<Registry, DisplayLocale>(
    registryShapeProblem,
    () => import('./registry-wording.js').then((module) => module.explainRegistry),
    () => this.requestUpdate(),
  );

  /** The registry if it has the registry's shape; a malformed one is said in place, not used. */
  private get currentRegistry(): Registry | undefined {
    return this.registryCheck.valid(this.registry);
  }

  /** Reads a file as if it were dropped: a `File` from an input, or a name with bytes or text. */
  async openFile(file: File | ImportFile): Promise<void> {
    if (this.access !== 'manage') return; // no file is read where the person may not import
    this.busy = file.name;
    this.notice = undefined;
    try {
      const part = (this.filePart ??= await loadFilePart());
      const rows = (this.rows ??= new part.WindowController(this));
      const data = 'data' in file ? file.data : await file.arrayBuffer();
      const table = await part.readTableFile({ name: file.name, data });
      if (table.sheets.length === 0 || table.sheets.every((sheet) => sheet.rows.length === 0)) {
        // Refused: said in place, and the file read before stays with its choices.
        const messages = table.problems.map((problem) =>
          part.describeImportProblem(problem, this.localize.locale),
        );
        this.rejected = { file: file.name, messages };
        return;
      }
      this.rejected = undefined;
      this.table = table;
      this.overrides = {};
      this.activeSheet = '';
      rows.reset();
      this.reimport();
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.rejected = {
        file: file.name,
        messages: [this.localize.term('readFailed', { file: file.name, error: text })],
      };
    } finally {
      this.busy = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Where the person may import, the file part is fetched while nothing else happens.
    if (changed.has('access') && this.access === 'manage' && !this.filePart) prefetchFilePart();
  }

  private reimport(): void {
    const importRegistryTables = this.filePart?.importRegistryTables;
    if (!this.table || !importRegistryTables) return;
    const options = {
      mapping: this.overrides,
      previewRows: Infinity,
      ...(this.region ? { region: this.region } : {}),
      ...(this.currentCatalogue ? { catalogue: this.currentCatalogue } : {}),
    };
    // Read against the current registry, the file's municipalities keep the registry's ids.
    let imported = importRegistryTables(this.table, {
      ...options,
      ...(this.hasRegistry ? { municipalities: this.currentRegistry!.municipalities } : {}),
    });
    // A list of teachers finds its schools in the current registry.
    if (this.hasRegistry && imported.sheets.every((sheet) => sheet.kind !== 'schools'))
      imported = importRegistryTables(this.table, { ...options, base: this.currentRegistry! });
    this.imported = imported;
    const sheets = imported.sheets;
    if (!sheets.some((sheet) => sheet.name === this.activeSheet))
      this.activeSheet = (sheets.find((sheet) => sheet.kind !== 'unrecognised') ?? sheets[0])?.name ?? '';
  }

  private get currentCatalogue(): RegionCatalogue | undefined {
    return this.catalogue ?? this.currentRegistry?.catalogue;
  }

  private get hasRegistry(): boolean {
    return (this.currentRegistry?.schools.length ?? 0) > 0;
  }

  private choose(field: string, letter: string | null): void {
    const sheet = this.imported?.sheets.find((entry) => entry.name === this.activeSheet);
    if (!sheet || !this.filePart) return;
    this.overrides = {
      ...this.overrides,
      [sheet.name]: this.filePart.chooseColumn(sheet.mapping, this.overrides[sheet.name], field, letter),
    };
    this.reimport();
  }

  private diff(): RegistryDiff | undefined {
    return this.imported && this.hasRegistry && this.filePart
      ? this.filePart.diffRegistry(this.currentRegistry!, this.imported.registry)
      : undefined;
  }

  private importNow(): void {
    const imported = this.imported;
    if (!imported || this.access !== 'manage') return;
    const diff = this.diff();
    const registry = diff
      ? this.filePart!.applyRegistryDiff(this.currentRegistry!, diff, { removals: this.removals })
      : imported.registry;
    const event = new ShnroRegistryImportEvent({ registry, imported, ...(diff ? { diff } : {}) });
    if (!this.dispatchEvent(event)) {
      this.notice = this.localize.term('importRefused');
      return;
    }
    this.registry = registry;
    this.table = undefined;
    this.imported = undefined;
    this.overrides = {};
    this.notice = this.localize.term('imported', {
      schools: registry.schools.length,
      teachers: registry.teachers.length,
    });
  }

  protected override render(): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const registry = this.currentRegistry;
    return html`<h2>${t('heading')}</h2>
      <p part="summary" class="summary">
        ${registry ? t('registrySummary', { schools: registry.schools.length, teachers: registry.teachers.length }) : t('emptyRegistry')}
      </p>
      ${
        this.registry !== undefined && !registry
          ? renderRegistryProblem(this.registryCheck, this.registry, this.localize.locale, (path) =>
              t('registryInvalid', { path }),
            )
          : nothing
      }
      ${this.access === 'manage' ? this.renderDrop() : nothing}
      ${
        this.imported && this.filePart && this.rows && this.access === 'manage'
          ? this.renderFile(this.imported, this.filePart, this.rows)
          : nothing
      }
      ${guard(
        [
          this.identification,
          this.methodology,
          this.results,
          this.registry,
          this.decisions,
          this.decisionsOf.drafts,
          this.decisionsOf.refused,
          this.access,
          this.localize.locale,
        ],
        () => this.renderProposals(),
      )}`;
  }

  private renderDrop(): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    return renderDropZone({
      dragging: this.dragging,
      setDragging: (dragging) => (this.dragging = dragging),
      open: (file) => void this.openFile(file),
      status: this.busy ? t('reading', { file: this.busy }) : (this.notice ?? ''),
      ...(this.rejected ? { rejected: this.rejected } : {}),
      term: t,
      rejectedHeading: (file) => t('fileRejected', { file }),
    });
  }

  private renderFile(imported: RegistryImport, part: FilePart, window: WindowController): TemplateResult {
    const { mappingFields, previewModel, registryFieldsFor, renderDiffWithRemovals } = part;
    const { renderMapping, renderPreviewSection, renderSheetChoice } = part;
    const t = this.localize.term.bind(this.localize);
    const locale = this.localize.locale;
    const sheet = imported.sheets.find((entry) => entry.name === this.activeSheet) ?? imported.sheets[0]!;
    const rows = imported.sheets.reduce((sum, entry) => sum + entry.rows, 0);
    const ready = imported.sheets.reduce((sum, entry) => sum + entry.imported, 0);
    const fields = registryFieldsFor(catalogueLookup(this.currentCatalogue));
    const key = [imported, sheet.name, this.onlyProblems, locale];
    if (!this.preview || this.preview.key.some((value, index) => value !== key[index]))
      this.preview = { key, model: previewModel(sheet, this.onlyProblems, locale) };
    const model = this.preview.model;
    return html`<section class="file" aria-label=${imported.file}>
      <p>${t('fileSummary', { file: imported.file, rows, imported: ready })}</p>
      ${renderSheetChoice(imported.sheets, sheet.name, t, (name) => {
        this.activeSheet = name;
        window.reset();
      })}
      ${guard([imported, sheet, locale], () =>
        renderMapping({
          sheet,
          fields: mappingFields(sheet, fields),
          problems: imported.problems.filter(
            (problem) =>
              problem.row === undefined && (problem.sheet === undefined || problem.sheet === sheet.name),
          ),
          locale,
          term: t,
          requiredHint: (list) => t('requiredHint', { fields: list }),
          choose: (field, letter) => this.choose(field, letter),
        }),
      )}
      ${renderPreviewSection({
        model,
        locale,
        window,
        labels: new Map(fields.map((entry) => [entry.field, entry.label])),
        term: t,
        status: (status) => t(`status${status}`),
        onlyProblems: this.onlyProblems,
        setOnlyProblems: (on) => {
          this.onlyProblems = on;
          window.reset();
        },
        heading: t('previewHeading'),
        counts: t('rowCounts', { errors: model.errors, warnings: model.warnings }),
        onlyProblemsLabel: t('onlyProblems'),
      })}
      ${guard([imported, this.registry, this.removals, locale], () => {
        const diff = this.diff();
        return diff
          ? renderDiffWithRemovals({
              diff,
              current: this.currentRegistry!,
              lookup: catalogueLookup(this.currentCatalogue),
              locale,
              term: t,
              summary: (values) => t('diffSummary', values),
              teachers: (values) => t('diffTeachers', values),
              more: (count) => t('andMore', { count }),
              removals: this.removals,
              setRemovals: (on) => (this.removals = on),
              removalsLabel: t('removals'),
            })
          : nothing;
      })}
      <div class="actions">
        <button
          type="button"
          part="import-button"
          class="primary"
          ?disabled=${ready === 0}
          @click=${() => this.importNow()}
        >
          ${t('import')}
        </button>
        ${ready === 0 ? html`<span class="muted">${t('importNothing')}</span>` : nothing}
      </div>
    </section>`;
  }

  private renderProposals(): TemplateResult | typeof nothing {
    return renderProposals({
      decisions: this.decisionsOf,
      registry: this.currentRegistry,
      catalogue: this.currentCatalogue,
      locale: this.localize.locale,
      mayDecide: this.access === 'manage' || this.access === 'review',
      term: this.localize.term.bind(this.localize),
      focusAfter: (schoolId, category, selector) => this.focusAfter(schoolId, category, selector),
    });
  }

  /** After a decision's form opens or closes, focus goes where the person works next. */
  private focusAfter(schoolId: string, category: string, selector: string): void {
    void this.updateComplete.then(() => focusInCategory(this.renderRoot, schoolId, category, selector));
  }
}

/** What a person may do in `<shnro-school-registry>`: everything, decide on proposals, or only see. */
export type RegistryAccess = 'manage' | 'review' | 'view';
