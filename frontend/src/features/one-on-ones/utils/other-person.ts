type People = { viewerIsManager: boolean; manager: { id: string; name: string }; report: { id: string; name: string } };

/** The one of the two the viewer meets: the report for the manager, the manager for the report. */
export const otherPerson = <T extends People>(series: T): T['manager'] | T['report'] =>
  series.viewerIsManager ? series.report : series.manager;
