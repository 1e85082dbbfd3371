import * as React from 'react';
import { Typography } from '@strapi/design-system';
import { InputRenderer } from '@strapi/strapi/admin';
import { formatDate, formatDateTime } from '@cong/content';
import { enumerationLabel, enumerationLabels } from '../rules/enumeration-labels';

/**
 * What the content manager shows of a stored value, in Vietnamese: an enumeration by its label (the value stored
 * stays the raw one), dates dd/mm/yyyy in Vietnamese time. Strapi 5 has no labels for enumeration values and
 * formats dates with the browser's Intl ("Thứ Sáu, 4 tháng 12, 2026"), so three of its documented extension points
 * are used: a field type for the edit view (`addFields`), a cell formatter for the list's columns and the options of
 * the list's filters (the content manager's list-view hooks). Booleans read "Có"/"Không" through the admin's own
 * translation keys (translations.ts).
 */

type Attribute = { type: string; enum?: string[] };
type InputProps = { attribute: Attribute; name: string; [prop: string]: unknown };

const options = (values: readonly string[]) => values.map((value) => ({ value, label: enumerationLabel(values, value) }));

/**
 * The edit view's select: each value with its label. Registered for the type `enumeration`, so it replaces the
 * content manager's select for every enumeration, in content types and components alike.
 */
export function LabelledEnumerationInput({ unique: _unique, mainField: _mainField, ...props }: InputProps) {
  const Renderer = InputRenderer as unknown as React.ComponentType<Record<string, unknown>>;
  return <Renderer {...props} type="enumeration" options={options(props.attribute.enum ?? [])} />;
}

type Header = { name: string; attribute?: Attribute; cellFormatter?: unknown; [key: string]: unknown };

function shownValue(attribute: Attribute, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  switch (attribute.type) {
    case 'enumeration':
      return enumerationLabel(attribute.enum ?? [], String(value));
    case 'date':
      return formatDate(String(value));
    case 'datetime':
      return formatDateTime(String(value));
    default:
      return null;
  }
}

const FORMATTED = new Set(['date', 'datetime', 'enumeration']);

/** `Admin/CM/pages/ListView/inject-column-in-table`: the list's enumeration and date columns, formatted as above. */
export function labelListColumns<T extends { displayedHeaders: Header[] }>(args: T): T {
  return {
    ...args,
    displayedHeaders: args.displayedHeaders.map((header) => {
      const attribute = header.attribute;
      if (!attribute || header.cellFormatter || !FORMATTED.has(attribute.type)) return header;
      if (attribute.type === 'enumeration' && !enumerationLabels(attribute.enum ?? [])) return header;
      return {
        ...header,
        cellFormatter: (row: Record<string, unknown>) => (
          <Typography textColor="neutral800">{shownValue(attribute, row[header.name.split('.')[0]!]) ?? '-'}</Typography>
        ),
      };
    }),
  };
}

type Filter = { name: string; type?: string; options?: { label: unknown; value: string }[]; input?: unknown; [key: string]: unknown };

/** The filter's value field: the enumeration select, with the options the filter carries (labelled below). */
function EnumerationFilterInput(props: Record<string, unknown>) {
  const Renderer = InputRenderer as unknown as React.ComponentType<Record<string, unknown>>;
  return <Renderer {...props} type="enumeration" />;
}

/**
 * `Admin/CM/pages/ListView/inject-in-filters`: an enumeration filter offers labels. Giving it its own value input
 * also makes the chip of an applied filter read "Trạng thái kiểm duyệt là Chờ duyệt" rather than the raw value.
 */
export function labelListFilters<T extends { displayedFilters: Filter[] }>(args: T): T {
  return {
    ...args,
    displayedFilters: args.displayedFilters.map((filter) => {
      const values = filter.type === 'enumeration' && filter.options ? filter.options.map((o) => o.value) : null;
      if (!values || !enumerationLabels(values)) return filter;
      return { ...filter, options: options(values), input: filter.input ?? EnumerationFilterInput };
    }),
  };
}
