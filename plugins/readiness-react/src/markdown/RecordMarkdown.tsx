import ReactMarkdown from 'react-markdown';
import type { Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { CodeSnippet, Link } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import { isPortalUrl, isSafeLinkTarget } from './portalUrls';

const useStyles = makeStyles(theme => ({
  markdown: {
    '& table': { borderCollapse: 'collapse' },
    '& th, & td': {
      border: `1px solid ${theme.palette.divider}`,
      padding: theme.spacing(0.5, 1),
      verticalAlign: 'top',
    },
    '& img': { maxWidth: '100%' },
  },
}));

const components: Components = {
  // A script URL is not linked: Backstage's Link would throw and break the page.
  a: ({ href, children }) =>
    href && isSafeLinkTarget(href) ? (
      <Link to={href}>{children}</Link>
    ) : (
      <>{children}</>
    ),
  // An image from elsewhere would tell its host who reads the record, and when.
  img: ({ src, alt }) =>
    src && isPortalUrl(src) ? <img src={src} alt={alt ?? ''} /> : <>{alt}</>,
  code: ({ inline, className, children }) => {
    const language = /language-(\w+)/.exec(className ?? '')?.[1];
    return !inline && language ? (
      <CodeSnippet
        language={language}
        text={String(children).replace(/\n+$/, '')}
      />
    ) : (
      <code className={className}>{children}</code>
    );
  },
};

/**
 * Record text (descriptions, summaries, procedure bodies, post-mortem details, ...) rendered as
 * GitHub-flavoured Markdown, safely: raw HTML in the text is dropped, links go only to portal
 * pages and http, https or mailto addresses (others show as text), and images show only from
 * the portal itself (others show as their alt text). Every page that renders record text as
 * Markdown uses this one renderer.
 *
 * @public
 */
export function RecordMarkdown(props: { content: string }) {
  const classes = useStyles();
  return (
    <ReactMarkdown
      className={classes.markdown}
      remarkPlugins={[remarkGfm]}
      skipHtml
      components={components}
    >
      {props.content}
    </ReactMarkdown>
  );
}
