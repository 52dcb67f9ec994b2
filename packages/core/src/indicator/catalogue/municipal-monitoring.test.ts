import { describe, expect, it } from 'vitest';
import { parseOrExplain } from '../../errors/index.js';
import { collectSetFlags } from '../flags.js';
import { indicatorSetSchema, type ShareIndicator } from '../schema.js';
import { municipalMonitoringSet } from './municipal-monitoring.js';

const byCode = (code: string) =>
  municipalMonitoringSet.indicators.find((indicator) => indicator.code === code);
const share = (code: string) => byCode(code) as ShareIndicator;

describe('municipalMonitoringSet (seed 001)', () => {
  it('is a valid indicator set (codes unique, sections and populations resolve)', () => {
    expect(parseOrExplain(indicatorSetSchema, municipalMonitoringSet)).toMatchObject({ ok: true });
  });

  // Issue 14: the displayed titles are correct Russian; the report's own words stay in sourceTitle.
  it('has the six sections of the report, titled in correct Russian with the report’s words kept', () => {
    expect(municipalMonitoringSet.sections.map((section) => section.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    expect(municipalMonitoringSet.sections[0]?.title.ru).toBe(
      'По выявлению школ с низкими результатами обучения и/или школ, функционирующих в неблагоприятных социальных условиях, в зоне риска снижения образовательных результатов',
    );
    expect(municipalMonitoringSet.sections[0]?.sourceTitle?.ru).toBe(
      'По выявлению школ с низкими результатами обучения и/или школами, функционирующими в неблагоприятных социальных условиях, функционирующих в зоне снижения образовательных результатах',
    );
    expect(municipalMonitoringSet.sections[1]?.title.ru).toBe(
      'По выявлению динамики образовательных результатов в школах с низкими результатами обучения и/или школах, функционирующих в неблагоприятных социальных условиях',
    );
    expect(municipalMonitoringSet.sections[4]?.title.ru).toBe(
      'По профилактике учебной неуспешности обучающихся региона',
    );
    expect(municipalMonitoringSet.sections[5]?.title.ru).toBe(
      'По мониторингу рисков снижения образовательных результатов и ресурсных дефицитов в образовательных организациях',
    );
  });

  it('has all 25 indicators in the report’s order: 7 presences, 17 shares, 1 count', () => {
    const codes = municipalMonitoringSet.indicators.map((indicator) => indicator.code);
    expect(codes).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '2.1',
      '3.1',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
      '4.5',
      '4.6',
      '4.7',
      '4.8',
      '4.9',
      '4.10',
      '4.11',
      '4.12',
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '6.1',
    ]);
    const kinds = municipalMonitoringSet.indicators.map((indicator) => indicator.kind);
    expect(kinds.filter((kind) => kind === 'presence')).toHaveLength(7);
    expect(kinds.filter((kind) => kind === 'share')).toHaveLength(17);
    expect(kinds.filter((kind) => kind === 'count')).toHaveLength(1);
    const perSection = municipalMonitoringSet.sections.map(
      (section) =>
        municipalMonitoringSet.indicators.filter((indicator) => indicator.section === section.code).length,
    );
    expect(perSection).toEqual([6, 1, 1, 12, 4, 1]);
  });

  it('copies the report’s titles verbatim', () => {
    expect(byCode('1.1')?.title.ru).toBe(
      'Наличие в муниципальной программе повышения качества образования раздела, содержащего информацию о региональной методике идентификации школ как ШНРО и ШНСУ',
    );
    expect(byCode('1.5')?.title.ru).toBe(
      'Доля школ муниципалитета с низкими результатами обучения и/или школ, функционирующих в неблагоприятных социальных условиях, от общего количества школ муниципалитета',
    );
    expect(byCode('4.4')?.title.ru).toBe('Доля педагогов ШНРО и ШНСУ в МСО, имеющих ИОМ');
    expect(byCode('4.8')?.title.ru).toBe(
      'Количество школ в МСО, имеющих статус муниципальных, региональных стажировочных площадок для оказания консультативной, методической, организационной и других видов поддержки ШНРО и ШНСУ по повышению качества образования в течение года',
    );
    expect(byCode('5.2')?.title.ru).toBe(
      'Доля ОО муниципалитета, в которых разработаны ИУПы (адресные образовательные программы) для слабоуспевающих и неуспевающих обучающихся',
    );
    expect(byCode('6.1')?.title.ru).toBe(
      'Наличие в муниципалитете мониторинга ресурсных дефицитов в школах, функционирующих в зоне риска снижения образовательных результатов',
    );
  });

  it('judges a change only where seed 001’s words say which way is better', () => {
    // 1.5 belongs to «По выявлению школ…», and the note reads its 7 schools as the monitoring's
    // participants: a rise is shown, not called «ухудшение». 1.6 counts risks: fewer is better.
    expect(byCode('1.5')).toMatchObject({ betterDirection: 'none' });
    expect(byCode('1.5')?.note?.ru).toMatch(/участники мониторинга/);
    expect(byCode('1.6')).toMatchObject({ betterDirection: 'lower' });
    expect(byCode('4.4')).toMatchObject({ betterDirection: 'higher' });
  });

  it('joins the two titles the report breaks across a page', () => {
    expect(byCode('4.5')?.title.ru).toBe(
      'Доля ШНРО и ШНСУ в МСО, вовлеченных в муниципальные (межмуниципальные) события/мероприятия, направленные на развитие профессионального мастерства педагогических и управленческих кадров по тематикам, связанным с повышением качества образования и поддержки ШНРО и ШНСУ',
    );
    expect(byCode('4.12')?.title.ru).toBe(
      'Доля ШНРО и ШНСУ муниципалитета, в которых разработана школьная программа повышения качества образования (ШППКО) или концепция и среднесрочные программы повышения качества образования (проект 500+), в том числе с использованием конструктора ШППКО',
    );
    expect(share('4.12').numerator.description.ru).toBe(
      'количество ШНРО и ШНСУ муниципалитета, в которых разработана школьная программа повышения качества образования (ШППКО) или концепция и среднесрочные программы повышения качества образования (проект 500+), в том числе с использованием конструктора ШППКО',
    );
  });

  it('keeps each share’s numerator in the report’s words («количество …»)', () => {
    expect(share('1.5').numerator.description.ru).toBe('количество ШНРО и ШНСУ');
    expect(share('1.6').numerator.description.ru).toBe(
      'количество школ муниципалитета, в которых зафиксированы хотя бы два из трех указанных рисков снижения образовательных результатов',
    );
    expect(share('4.10').numerator.description.ru).toBe(
      'количество ШНРО и ШНСУ муниципалитета, для которых определены школы-лидеры, оказывающие им консультативную, методическую и другие виды поддержки',
    );
  });

  it('names the populations the report leaves implicit, at precision 1', () => {
    const populations = Object.fromEntries(
      municipalMonitoringSet.indicators
        .filter((indicator): indicator is ShareIndicator => indicator.kind === 'share')
        .map((indicator) => [indicator.code, indicator.population]),
    );
    expect(populations).toEqual({
      '1.5': 'municipality-schools',
      '1.6': 'municipality-schools',
      '3.1': 'target-teachers',
      '4.1': 'target-teachers',
      '4.2': 'target-teachers',
      '4.3': 'target-teachers',
      '4.4': 'target-teachers',
      '4.5': 'target-schools',
      '4.6': 'target-schools',
      '4.7': 'target-schools',
      '4.9': 'target-schools',
      '4.10': 'target-schools',
      '4.11': 'target-schools',
      '4.12': 'target-schools',
      '5.1': 'municipality-schools',
      '5.2': 'municipality-schools',
      '5.3': 'municipality-schools',
    });
    for (const code of Object.keys(populations)) expect(share(code).precision).toBe(1);
    expect(share('4.6').note?.ru).toMatch(/не названа.*ШНРО и ШНСУ/);
  });

  it('counts seed 001’s risk rule: at least two of the three resource risks', () => {
    expect(share('1.6').numerator.counts).toEqual({
      entity: 'school',
      where: { resourceRisks: { atLeast: 2 } },
    });
  });

  it('reads these flags from records (the names a feeding system must fill in)', () => {
    expect(collectSetFlags(municipalMonitoringSet)).toEqual({
      municipality: [
        'programmeHasIdentificationMethodSection',
        'monitoringIdentifiesLowResultsSchools',
        'programmeHasRiskSchoolsSection',
        'monitoringIdentifiesRiskSchools',
        'hasResultsAnalyticalReport',
        'hasPracticeSharingSystem',
        'monitorsResourceDeficits',
      ],
      school: [
        'inMunicipalEvents',
        'inRegionalEvents',
        'inFederalEvents',
        'teamInternshipElsewhere',
        'hasLeaderSchool',
        'methodologicalLanding',
        'hasQualityProgramme',
        'hasFailurePreventionProgramme',
        'hasIup',
        'hasStudentTutoring',
      ],
      teacher: [
        'diagnosed',
        'supported',
        'inRegionalSubjectNetwork',
        'inRegionalMethodologicalActive',
        'hasIom',
      ],
    });
  });

  it('names what 3.1 counts: teachers of ШНРО and ШНСУ, the report’s «ШНРО» kept as its wording', () => {
    const indicator = municipalMonitoringSet.indicators.find((candidate) => candidate.code === '3.1');
    expect(indicator?.title.ru).toBe(
      'Доля педагогических работников ШНРО и ШНСУ, включённых в процедуры диагностики профессиональных дефицитов: предметных, методических, психолого-педагогических',
    );
    expect(indicator?.sourceTitle?.ru).toBe(
      'Доля педагогических работников ШНРО, включенных в процедуры диагностики профессиональных дефицитов: предметных; методических; психолого-педагогических',
    );
    expect(indicator?.kind === 'share' && indicator.population).toBe('target-teachers');
  });
});
