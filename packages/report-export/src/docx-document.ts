// The DOCX layout: loaded by `reportToDocx` on first use, so the `docx` library (≈100 kB gzipped)
// lands in a chunk of its own and a page that only previews HTML never downloads it.
import type { CellAlign, ResolvedBlock, ResolvedReport, ResolvedTable } from '@shnro/core';
import type { DocxOptions } from './docx.js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IBorderOptions,
} from 'docx';

// A4 in twentieths of a point, with the 2 cm margins of the printable HTML.
const pageWidth = 11906;
const pageHeight = 16838;
const margin = 1134;
const contentWidth = pageWidth - 2 * margin;
const font = 'Times New Roman';
const bodySize = 28; // half-points: 14 pt
const tableSize = 24; // 12 pt
const firstLineIndent = 709; // 1,25 cm

const numbered = 'shnro-numbered';
const bulleted = 'shnro-bulleted';

const alignments: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Builds the document's children; numbering instances restart every list at 1. */
class DocxWriter {
  readonly children: FileChild[] = [];
  private instance = 0;

  constructor(private readonly options: DocxOptions) {}

  paragraph(text: string, extra: { bold?: boolean; indent?: boolean } = {}): void {
    this.children.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: extra.indent === false ? undefined : { firstLine: firstLineIndent },
        children: [new TextRun({ text, bold: extra.bold === true })],
      }),
    );
  }

  labelled(label: string, text: string): void {
    this.children.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: firstLineIndent },
        children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ text: ` ${text}` })],
      }),
    );
  }

  heading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): void {
    const heading =
      level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    this.children.push(
      new Paragraph({ heading, pageBreakBefore, keepNext: true, children: [new TextRun(text)] }),
    );
  }

  list(ordered: boolean, items: readonly { text: string; items: readonly string[] }[]): void {
    this.instance += 1;
    const instance = this.instance;
    for (const item of items) {
      this.children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          numbering: { reference: ordered ? numbered : bulleted, level: 0, instance },
          children: [new TextRun(item.text)],
        }),
      );
      for (const sub of item.items)
        this.children.push(
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            numbering: { reference: ordered ? numbered : bulleted, level: 1, instance },
            children: [new TextRun(sub)],
          }),
        );
    }
  }

  table(table: ResolvedTable): void {
    if (table.caption !== undefined) this.paragraph(table.caption, { bold: true, indent: false });
    const widths = table.columns.map((column) => Math.round(column.width * contentWidth));
    const cell = (
      text: string,
      align: CellAlign,
      options: { bold?: boolean; span?: number; width: number; shade?: boolean },
    ) =>
      new TableCell({
        width: { size: options.width, type: WidthType.DXA },
        columnSpan: options.span,
        verticalAlign: VerticalAlign.TOP,
        shading: options.shade ? { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } : undefined,
        margins: { top: 28, bottom: 28, left: 85, right: 85 },
        children: [
          new Paragraph({
            alignment: alignments[align],
            spacing: { line: 240 },
            children: [new TextRun({ text, bold: options.bold === true, size: tableSize })],
          }),
        ],
      });
    const head = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: table.columns.map((column, index) =>
        cell(column.title, 'center', { bold: true, width: widths[index] ?? 0 }),
      ),
    });
    const rows = table.rows.map((row) =>
      row.kind === 'group'
        ? new TableRow({
            cantSplit: true,
            children: [
              cell(row.text, 'left', {
                bold: true,
                span: table.columns.length,
                width: contentWidth,
                shade: true,
              }),
            ],
          })
        : new TableRow({
            cantSplit: true,
            children: row.cells.map((entry, index) =>
              cell(entry.text, entry.align, { bold: row.total, width: widths[index] ?? 0 }),
            ),
          }),
    );
    this.children.push(
      new Table({
        width: { size: contentWidth, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: {
          top: line,
          bottom: line,
          left: line,
          right: line,
          insideHorizontal: line,
          insideVertical: line,
        },
        rows: [head, ...rows],
      }),
    );
    for (const note of table.notes)
      this.children.push(
        new Paragraph({
          spacing: { before: 60, line: 240 },
          children: [new TextRun({ text: note, size: tableSize })],
        }),
      );
    // An empty paragraph after a table keeps two tables from merging when the document is edited.
    this.children.push(new Paragraph({ spacing: { after: 0 }, children: [] }));
  }

  block(block: ResolvedBlock): void {
    switch (block.kind) {
      case 'paragraph':
        return this.paragraph(block.text);
      case 'heading':
        return this.heading(block.text, 3);
      case 'list':
        return this.list(block.ordered, block.items);
      case 'table':
        return this.table(block);
    }
  }

  report(report: ResolvedReport): void {
    const { header } = report;
    if (header.organisation !== undefined)
      this.children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [new TextRun({ text: header.organisation, bold: true, allCaps: true })],
        }),
      );
    this.heading(header.title, 1);
    if (header.subtitle !== undefined)
      this.children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: header.subtitle, bold: true })],
        }),
      );
    this.children.push(
      new Paragraph({
        spacing: { before: 240, after: 240 },
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        children: [new TextRun(header.date), new TextRun({ children: [new Tab(), header.place ?? ''] })],
      }),
    );
    if (report.purpose !== undefined) this.labelled(report.purpose.label, report.purpose.text);
    if (report.tasks !== undefined) {
      this.paragraph(`${report.tasks.label}:`, { bold: true });
      this.list(
        true,
        report.tasks.items.map((text) => ({ text, items: [] })),
      );
    }
    for (const section of report.sections) {
      this.heading(section.title, 2, this.options.pageBreakBeforeSections === true);
      for (const block of section.blocks) this.block(block);
    }
    if (report.conclusions !== undefined) {
      this.heading(report.conclusions.label, 2);
      this.list(
        true,
        report.conclusions.items.map((text) => ({ text, items: [] })),
      );
    }
    if (report.recommendations !== undefined) {
      this.heading(report.recommendations.label, 2);
      for (const group of report.recommendations.groups) {
        this.heading(/[:.]$/u.test(group.addressee) ? group.addressee : `${group.addressee}:`, 3);
        this.list(
          true,
          group.items.map((text) => ({ text, items: [] })),
        );
      }
    }
    if (report.decisions !== undefined) {
      this.heading(report.decisions.label, 2);
      this.table(report.decisions.table);
    }
    this.children.push(
      new Paragraph({
        spacing: { before: 720 },
        keepLines: true,
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        children: [
          new TextRun(report.signature.position),
          new TextRun({ children: [new Tab(), report.signature.name] }),
        ],
      }),
    );
  }
}

const headingStyle = (size: number, options: { center?: boolean; italics?: boolean } = {}) => ({
  run: { font, size, bold: true, italics: options.italics === true, color: '000000' },
  paragraph: {
    alignment: options.center === true ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 240, after: 120, line: 276 },
    keepNext: true,
  },
});

/** One level of a list's numbering: its marker, indented 1.25 cm a level with a hanging marker. */
const listLevel = (level: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level,
  format,
  text,
  alignment: AlignmentType.START,
  style: { paragraph: { indent: { left: 709 * (level + 1), hanging: 357 } } },
});

function documentOf(report: ResolvedReport, options: DocxOptions): Document {
  const writer = new DocxWriter(options);
  writer.report(report);
  return new Document({
    title: report.documentTitle,
    creator: report.signature.name,
    description: report.header.subtitle ?? report.documentTitle,
    styles: {
      default: {
        document: {
          run: { font, size: bodySize, language: { value: report.locale === 'ru' ? 'ru-RU' : 'en-GB' } },
          paragraph: { spacing: { line: 360, after: 0 } },
        },
        heading1: headingStyle(bodySize, { center: true }),
        heading2: headingStyle(bodySize),
        heading3: headingStyle(bodySize, { italics: true }),
      },
    },
    numbering: {
      config: [
        {
          reference: numbered,
          levels: [listLevel(0, LevelFormat.DECIMAL, '%1)'), listLevel(1, LevelFormat.BULLET, '–')],
        },
        {
          reference: bulleted,
          levels: [listLevel(0, LevelFormat.BULLET, '•'), listLevel(1, LevelFormat.BULLET, '–')],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: pageWidth, height: pageHeight },
            margin: { top: margin, right: margin, bottom: margin, left: margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: tableSize })],
              }),
            ],
          }),
        },
        children: writer.children,
      },
    ],
  });
}

/** Packs the laid-out report into DOCX bytes (works in Node and browsers: no `Buffer`). */
export async function packDocx(
  report: ResolvedReport,
  options: DocxOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await Packer.toArrayBuffer(documentOf(report, options));
  return new Uint8Array(buffer);
}
