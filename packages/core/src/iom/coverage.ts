import type { Iom, IomItem } from './schema.js';

/**
 * The activities of a route that address a deficit (мероприятия, закрывающие дефицит): those
 * that name it, except the cancelled ones, which close nothing (as `uncoveredDeficits` counts).
 */
export function coveringItems(iom: Iom, deficitId: string): IomItem[] {
  return iom.items.filter((item) => item.status !== 'cancelled' && item.deficitIds.includes(deficitId));
}
