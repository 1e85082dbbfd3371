import { Typography } from '@strapi/design-system';

/** A side panel's error message, announced to screen readers as it appears (role="alert"); nothing when there is none. */
export function PanelError({ message }: { message: string | null }) {
  return message ? (
    <Typography variant="pi" textColor="danger600" role="alert">
      {message}
    </Typography>
  ) : null;
}
