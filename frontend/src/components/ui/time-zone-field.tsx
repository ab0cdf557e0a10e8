import { useMemo } from 'react';

import { supportedTimeZones, utcOffset } from '@/lib/time-zones';

import { Combobox, type ComboboxOption } from './combobox';

type TimeZoneFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (timeZone: string) => void;
  disabled?: boolean;
};

/** A searchable list of the IANA time zones: type a city, a region or an offset such as "GMT+2". */
export const TimeZoneField = (props: TimeZoneFieldProps) => {
  const options = useMemo<ComboboxOption[]>(
    () => supportedTimeZones().map((zone) => ({ value: zone, label: zone, detail: utcOffset(zone) })),
    [],
  );
  return <Combobox {...props} options={options} noMatches="No time zone matches. Try a city, such as Berlin." />;
};
