import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { makeStyles, Typography } from '@material-ui/core';
import type { EvidenceItem } from '@readiness/plugin-scorecards-common';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
}));

/** The items behind a check's status: failing records link to their pages, evidence to its URL. */
export function EvidenceList(props: { items: EvidenceItem[] }) {
  const classes = useStyles();
  if (props.items.length === 0) return null;
  return (
    <ul className={classes.list}>
      {props.items.map((item, index) => (
        <li key={index}>
          <Typography variant="body2" component="span">
            {item.entityRef && (
              <EntityRefLink entityRef={item.entityRef} title={item.title} />
            )}
            {!item.entityRef && item.url && (
              <Link to={item.url}>{item.title}</Link>
            )}
            {!item.entityRef && !item.url && item.title}
            {item.detail && <>: {item.detail}</>}
          </Typography>
        </li>
      ))}
    </ul>
  );
}
