import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CalendarDate, DateValue, parseDate } from '@internationalized/date';
import { Button, DatePicker, Flex, Text } from '@backstage/ui';
import { DoraRegisterSnapshot } from '@readiness/plugin-continuity-common';
import { useReadinessClock } from '@readiness/plugin-readiness-react';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day a picker holds, or undefined for what is not a calendar day. */
function calendarDate(day: string | undefined): CalendarDate | undefined {
  if (!day || !ISO_DAY.test(day)) return undefined;
  try {
    return parseDate(day);
  } catch {
    return undefined;
  }
}

/** The days the exports page shows the register for, kept in the URL (`?asOf=&compare=`). */
export interface RegisterDays {
  /** Today, by the portal's clock (YYYY-MM-DD). */
  today: string;
  /** The day the register is shown as of: `asOf` in the URL, today without it. */
  asOf: string;
  /** The day to compare with (`compare` in the URL), if any. */
  compare?: string;
  setDays: (days: { asOf?: string; compare?: string }) => void;
}

/** Reads and sets the register's days in the page's URL, so a view can be linked to and reloaded. */
export function useRegisterDays(): RegisterDays {
  const clock = useReadinessClock();
  const today = clock().toISOString().slice(0, 10);
  const [params, setParams] = useSearchParams();
  const setDays = useCallback(
    (days: { asOf?: string; compare?: string }) =>
      setParams(
        current => {
          const next = new URLSearchParams(current);
          for (const [name, day] of Object.entries(days)) {
            if (day && !(name === 'asOf' && day === today)) next.set(name, day);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams, today],
  );
  return {
    today,
    asOf: params.get('asOf') ?? today,
    compare: params.get('compare') ?? undefined,
    setDays,
  };
}

/**
 * A date picker for one of the register's days. What is typed is shown as it is typed; the day
 * is taken only once it is a whole day within the register's range, so a half-typed date asks
 * the backend nothing.
 */
function DayPicker({
  label,
  day,
  minValue,
  maxValue,
  onDay,
}: {
  label: string;
  day: string | undefined;
  minValue?: CalendarDate;
  maxValue?: CalendarDate;
  onDay: (day: string | undefined) => void;
}) {
  const [draft, setDraft] = useState<DateValue | null>(calendarDate(day) ?? null);
  useEffect(() => setDraft(calendarDate(day) ?? null), [day]);
  return (
    <DatePicker
      label={label}
      value={draft}
      minValue={minValue}
      maxValue={maxValue}
      onChange={value => {
        setDraft(value);
        if (value === null) onDay(undefined);
        else if (
          (!minValue || value.compare(minValue) >= 0) &&
          (!maxValue || value.compare(maxValue) <= 0)
        ) {
          onDay(value.toString());
        }
      }}
    />
  );
}

/**
 * The "Register as of" and "Compare with" pickers, from the first snapshot to today. A day in
 * the URL that is not a calendar day stays there, and the register's answer says what is wrong.
 */
export function RegisterDayPickers({
  days,
  snapshots,
}: {
  days: RegisterDays;
  snapshots?: DoraRegisterSnapshot[];
}) {
  const { today, asOf, compare, setDays } = days;
  const first = snapshots?.[0]?.takenAt.slice(0, 10);
  const range = { minValue: calendarDate(first), maxValue: calendarDate(today) };
  return (
    <Flex direction="column" gap="2">
      <Flex gap="4" align="end" style={{ flexWrap: 'wrap' }}>
        <DayPicker
          label="Register as of"
          day={asOf}
          onDay={day => setDays({ asOf: day })}
          {...range}
        />
        <DayPicker
          label="Compare with"
          day={compare}
          onDay={day => setDays({ compare: day })}
          {...range}
        />
        {compare === undefined ? (
          <Button variant="secondary" onPress={() => setDays({ compare: today })} isDisabled={asOf === today}>
            Compare with today
          </Button>
        ) : (
          <Button variant="secondary" onPress={() => setDays({ compare: undefined })}>
            Stop comparing
          </Button>
        )}
        {asOf !== today && (
          <Button variant="tertiary" onPress={() => setDays({ asOf: today })}>
            Back to today
          </Button>
        )}
      </Flex>
      {first && (
        <Text variant="body-small" color="secondary">
          The register is kept as it stood each time its records changed, since {first}.
        </Text>
      )}
    </Flex>
  );
}
