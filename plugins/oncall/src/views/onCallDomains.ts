import { OnCallGroup } from '@readiness/plugin-oncall-common';

/** The on-call groups of one domain, under its title. */
export interface DomainSection {
  /** Undefined for the groups the backend could place in no domain. */
  domainRef?: string;
  title: string;
  items: OnCallGroup[];
}

/**
 * Gathers a page of on-call groups into one section per domain, in the order the backend sorts
 * them (by domain title, the groups of no known domain last), so the sections follow on from one
 * page to the next.
 */
export function sectionsByDomain(groups: OnCallGroup[]): DomainSection[] {
  const sections = new Map<string | undefined, DomainSection>();
  for (const group of groups) {
    const section = sections.get(group.domainRef);
    if (section) {
      section.items.push(group);
    } else {
      sections.set(group.domainRef, {
        domainRef: group.domainRef,
        title: group.domainRef
          ? group.domainTitle ?? group.domainRef
          : 'Domain unknown',
        items: [group],
      });
    }
  }
  return [...sections.values()];
}
