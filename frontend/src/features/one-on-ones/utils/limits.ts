// The server's limits (OneOnOneSeriesGrain), checked here first so that people see them before saving.
export const maxAgendaItemLength = 500;
export const maxActionItemLength = 500;
export const maxNotesLength = 20_000;
