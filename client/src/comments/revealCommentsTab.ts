/**
 * Brings the sidebar's Comments tab forward (after a click on a marker, a span or a notification). The sidebar
 * owns which tab is open; pressing its tab is what a person would do.
 */
export function revealCommentsTab(): void {
  const tab = document.getElementById('sidebar-tab-comments');
  if (tab instanceof HTMLElement && tab.getAttribute('aria-selected') !== 'true') tab.click();
}
