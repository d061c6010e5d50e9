import {
  forwardRef,
  ForwardRefExoticComponent,
  HTMLAttributes,
  RefAttributes,
} from 'react';
import { makeStyles, Typography } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  label: {
    color: theme.palette.text.secondary,
    textTransform: 'uppercase',
    fontSize: '10px',
    fontWeight: 'bold',
    letterSpacing: 0.5,
  },
}));

/**
 * The props of {@link FieldLabel}: its text, and what a wrapper such as a tooltip passes on.
 *
 * @public
 */
export type FieldLabelProps = Omit<HTMLAttributes<HTMLElement>, 'color'>;

/**
 * The small upper-case label above one value of a record's page. It takes a ref, so a
 * tooltip can wrap it.
 *
 * @public
 */
export const FieldLabel: ForwardRefExoticComponent<
  FieldLabelProps & RefAttributes<HTMLElement>
> = forwardRef<HTMLElement, FieldLabelProps>(function Label(
  { className, ...props },
  ref,
) {
  const classes = useStyles();
  return (
    <Typography
      {...props}
      ref={ref}
      variant="h2"
      className={className ? `${classes.label} ${className}` : classes.label}
    />
  );
});
