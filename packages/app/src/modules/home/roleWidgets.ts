/** The roles the permission backend's `GET /roles` names. */
export type HomeRole = 'auditor' | 'leader' | 'member';

/**
 * The widgets a person sees: those the role map gives to one of their roles, and every widget
 * it gives to no role. A person in several roles sees the union.
 */
export function widgetsForRoles<T extends { name?: string }>(
  widgets: T[],
  widgetsByRole: Partial<Record<string, string[]>>,
  roles: string[],
): T[] {
  const restricted = new Set(Object.values(widgetsByRole).flat());
  const mine = new Set(roles.flatMap(role => widgetsByRole[role] ?? []));
  return widgets.filter(
    widget =>
      !widget.name || !restricted.has(widget.name) || mine.has(widget.name),
  );
}
