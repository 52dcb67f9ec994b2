import { describe, expect, it } from 'vitest';
import { inferActivityForm } from './infer-form.js';

describe('inferActivityForm', () => {
  it('recognises forms in any word form', () => {
    expect(inferActivityForm('Проведение семинара')).toBe('seminar');
    expect(inferActivityForm('Собеседование  с учителями о качестве')).toBe('conversation');
    expect(inferActivityForm('Мастер-классы учителей школы-куратора')).toBe('masterclass');
    expect(inferActivityForm('Открытый урок с применением технологии смыслового чтения')).toBe('open-lesson');
    expect(inferActivityForm('Муниципальные мониторинги уровня профессионального развития')).toBe(
      'monitoring',
    );
    expect(inferActivityForm('Прохождение курсов повышения квалификации в ГБОУ ИРО')).toBe('course');
  });

  it('tells a parents’ meeting from a meeting and a lesson visit from an open lesson', () => {
    expect(inferActivityForm('Родительское собрание «Как подготовиться к ОГЭ»')).toBe('parent-meeting');
    expect(inferActivityForm('Совещание при директоре')).toBe('meeting');
    expect(inferActivityForm('Посещение уроков молодых специалистов')).toBe('lesson-visit');
  });

  it('gives `other` when no form is named', () => {
    expect(inferActivityForm('Разработка ИОМ для 5 учителей математики')).toBe('other');
  });
});
