import { describe, expect, it } from 'vitest';
import { ReportExportError, escapeHtml, reportFileName, reportToHtml } from '../src/index.js';
import {
  ctoodInformationReport2019,
  expectedTexts,
  kanskMonitoringReport2022,
  leningradskyRoadmapReport2023,
  resolved,
  roadmapMonitoringReport2020,
  tukaevRecommendationsReport2021,
} from './fixtures.js';

/** Text content of an HTML string, entities decoded the way a browser would for these five. */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gu, '')
    .replace(/<[^>]+>/gu, '\n')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');
}

describe('reportToHtml', () => {
  const examples = {
    'seed 000': roadmapMonitoringReport2020(),
    'seed 001': kanskMonitoringReport2022(),
    'seed 002': ctoodInformationReport2019(),
    'seed 003': tukaevRecommendationsReport2021(),
    'seed 004': leningradskyRoadmapReport2023(),
  };

  for (const [name, report] of Object.entries(examples)) {
    it(`contains every section, table and number of ${name}`, () => {
      const html = reportToHtml(report);
      const text = textOf(html);
      const expected = expectedTexts(resolved(report));
      const lines = new Set(text.split('\n').map((line) => line.trim()));
      const missing = expected.filter((entry) => !lines.has(entry.trim()) && !text.includes(entry));
      expect(missing).toEqual([]);
      const tables = resolved(report).sections.flatMap((section) =>
        section.blocks.filter((block) => block.kind === 'table'),
      );
      expect((html.match(/<table /gu) ?? []).length).toBe(
        tables.length + (report.decisions.length > 0 ? 1 : 0),
      );
      expect(html.match(/<h2>/gu)?.length).toBe(
        report.sections.length +
          (report.conclusions.length > 0 ? 1 : 0) +
          (report.recommendations.length > 0 ? 1 : 0) +
          (report.decisions.length > 0 ? 1 : 0),
      );
    });
  }

  it('prints seed 001’s numbers from its counts', () => {
    const html = reportToHtml(kanskMonitoringReport2022());
    expect(html).toContain('<td class="align-center value">38,9%</td><td class="align-center value">7</td>');
    expect(html).toContain(
      '<td class="align-center value">83,7%</td><td class="align-center value">169</td>',
    );
    expect(html).toContain('<td class="align-center value">11,1%</td>');
    // The seed's 11,2% appears only where the report flags the seed's arithmetic (issue 14), never in the table.
    const [body, flagged] = html.split('Расхождения в исходной записке');
    expect(body).not.toContain('11,2%');
    expect(flagged).toContain('Показатель 1.6: указано 11,2%, но 2 из 18 — это 11,1%.');
    expect(html).toContain('38,9% от общего количества школ муниципалитета (18 школ)');
  });

  it('is a printable A4 document in Russian with page-break rules', () => {
    const html = reportToHtml(roadmapMonitoringReport2020());
    expect(html.startsWith('<!doctype html>\n<html lang="ru">')).toBe(true);
    expect(html).toContain('@page { size: A4; margin: 2cm; }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('tr { break-inside: avoid;');
    expect(html).toContain('font-family: "Times New Roman"');
    expect(html).toContain('<title>Аналитическая справка № 1 от 30.11.2020</title>');
    expect(html).not.toMatch(/<script/iu);
    expect(reportToHtml(roadmapMonitoringReport2020(), { pageBreakBeforeSections: true })).toContain(
      '<section id="section-clusters" class="page-break">',
    );
  });

  it('escapes every text, so a hostile title stays text', () => {
    const report = kanskMonitoringReport2022();
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script> & «Канск»';
    report.header.title = hostile;
    report.author.name = '</footer><b>М.Г.</b>';
    report.conclusions = ['"><iframe src="javascript:alert(3)">'];
    const html = reportToHtml(report, { styleNonce: '"><script>' });
    expect(html).not.toMatch(/<script|<img|<iframe|<b>/iu);
    expect(html).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt; &amp; «Канск»',
    );
    expect(textOf(html)).toContain(hostile);
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('uses decimal points and English headings on request', () => {
    const html = reportToHtml(kanskMonitoringReport2022(), { locale: 'en' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('>38.9%<');
    expect(html).toContain('<h2>Recommendations</h2>');
  });

  it('refuses a report whose share counts more than its population', () => {
    const report = JSON.parse(JSON.stringify(kanskMonitoringReport2022())) as {
      sections: { blocks: { kind: string; rows?: { cells?: Record<string, unknown>[] }[] }[] }[];
    };
    const table = report.sections[1]?.blocks.find((block) => block.kind === 'table');
    const cell = table?.rows?.find((row) => row.cells?.[1]?.['kind'] === 'share')?.cells?.[1];
    if (!cell) throw new Error('no share cell');
    cell['numerator'] = 25;
    expect(() => reportToHtml(report)).toThrow(ReportExportError);
    try {
      reportToHtml(report);
    } catch (error) {
      expect((error as ReportExportError).issues[0]?.code).toBe('numerator-above-denominator');
    }
  });

  it('names the file after the report', () => {
    expect(reportFileName(roadmapMonitoringReport2020(), 'docx')).toBe(
      'Аналитическая справка № 1 от 30.11.2020.docx',
    );
    expect(reportFileName({ header: { title: 'Отчёт: итоги / 2023', date: '2023-12-15' } }, 'html')).toBe(
      'Отчёт итоги 2023 от 15.12.2023.html',
    );
  });
});
