import type { Roadmap } from '@shnro/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { downloadFile } from '../shared/download.js';
import type { WidgetLocale } from '../shared/localize.js';
import { fileReader } from './editor-chunks.js';
import type { RoadmapImportResult } from './io.js';
import type { Term } from './parts.js';
import { roadmapFile } from './roadmap-file.js';

/** Why a file was not loaded: a sentence, and the core's issues by field path. */
export interface ImportProblem {
  readonly message: string;
  readonly issues: readonly { path: string; message: string }[];
}

/** What the file controller reads from its element and tells it. */
export interface RoadmapFileSource {
  readonly roadmap: () => Roadmap | undefined;
  readonly locale: () => WidgetLocale;
  readonly t: Term;
  /** A file was read and the core's `roadmapSchema` took it. */
  readonly loaded: (roadmap: Roadmap, fileName: string) => void;
}

/**
 * The roadmap as a JSON file (файл дорожной карты): loaded from text or a picked file, checked by
 * the core; a bad file changes nothing and leaves a problem to show, field by field. Saved as
 * `roadmap-<школа>.json`.
 */
export class RoadmapFileController implements ReactiveController {
  /** Why the last file was not loaded, until it is closed or a file loads. */
  problem?: ImportProblem;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: RoadmapFileSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing runs in the background.
  }

  /**
   * Loads a roadmap from JSON text. The schema's check is loaded with the first file, or earlier
   * at idle time (editor-chunks.ts): a roadmap is shown and edited without it.
   */
  async load(text: string, fileName: string): Promise<RoadmapImportResult> {
    const io = await fileReader.load();
    return this.take(io.readRoadmapJson(text, this.source.locale()), fileName);
  }

  private take(result: RoadmapImportResult, fileName: string): RoadmapImportResult {
    if (!result.ok) {
      const key = result.reason === 'not-json' ? 'importNotJson' : 'importInvalid';
      this.show({ message: this.source.t(key, { name: fileName }), issues: result.issues });
      return result;
    }
    this.show(undefined);
    this.source.loaded(result.roadmap, fileName);
    return result;
  }

  /** The file input changed: its file is read and loaded (the input is emptied, so the same file can be picked again). */
  async pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.show({ message: this.source.t('importUnread', { name: file.name }), issues: [] });
      return;
    }
    await this.load(text, file.name);
  }

  /** Downloads the roadmap as `roadmap-<школа>.json`. */
  save(): void {
    const roadmap = this.source.roadmap();
    if (!roadmap) return;
    const { file, name } = roadmapFile(roadmap);
    downloadFile(file, name);
  }

  /** The problem is closed, or no longer applies (another roadmap came). */
  clear(): void {
    this.show(undefined);
  }

  private show(problem: ImportProblem | undefined): void {
    if (problem === undefined && this.problem === undefined) return;
    this.problem = problem;
    this.host.requestUpdate();
  }
}
