import type { RemarkTarget, Roadmap } from '@shnro/core';
import { activityNumber } from './activity-row.js';
import { findActivity } from './edit.js';
import type { Term } from './parts.js';

/** Where a remark points, as the remarks panel names it: «мероприятие 2.3 «…»», «раздел 1 «…»», «вся дорожная карта». */
export function placeLabel(roadmap: Roadmap, target: RemarkTarget, t: Term): string {
  const { activityId, sectionId } = target;
  if (activityId !== undefined) {
    const found = findActivity(roadmap, activityId);
    return found
      ? t('placeActivity', {
          number: activityNumber(found.sectionIndex + 1, found.index),
          title: found.activity.activity || t('untitled'),
        })
      : t('placeGone');
  }
  if (sectionId !== undefined) {
    const index = roadmap.sections.findIndex((section) => section.id === sectionId);
    const section = roadmap.sections[index];
    return section
      ? t('placeSection', { number: index + 1, title: section.title || t('untitled') })
      : t('placeGone');
  }
  return t('placeRoadmap');
}
