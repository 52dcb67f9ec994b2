/** The portal's sections, in the order of its navigation. */
export const portalPages = [
  { id: 'monitoring', href: '/', title: 'Мониторинг показателей' },
  { id: 'roadmap', href: '/roadmap.html', title: 'Дорожные карты' },
  { id: 'dynamics', href: '/dynamics.html', title: 'Динамика результатов' },
  { id: 'results', href: '/results.html', title: 'Динамика по данным портала' },
  { id: 'report', href: '/report.html', title: 'Аналитическая справка' },
  { id: 'cabinet', href: '/cabinet.html', title: 'Личный кабинет' },
  { id: 'registry', href: '/registry.html', title: 'Реестр и определение ОО' },
  { id: 'board', href: '/board.html', title: 'Свод дорожных карт' },
  { id: 'cycles', href: '/cycles.html', title: 'Циклы и справка' },
  { id: 'support', href: '/support.html', title: 'Решения и сопровождение' },
] as const satisfies readonly { id: string; href: string; title: string }[];

/** A section of the portal. */
export type PortalPageId = (typeof portalPages)[number]['id'];

/**
 * Draws the navigation of a regional portal with the current page marked, as a server-rendered
 * portal would: every page is its own HTML file, the header is shared.
 */
export function markNavigation(current: PortalPageId): void {
  const nav = document.querySelector('.portal-nav');
  if (!nav) return;
  nav.replaceChildren(
    ...portalPages.map((page) => {
      const link = document.createElement('a');
      link.href = page.href;
      link.textContent = page.title;
      if (page.id === current) link.setAttribute('aria-current', 'page');
      return link;
    }),
  );
}
