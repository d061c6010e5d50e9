/**
 * @jest-environment @backstage/cli/config/jest-environment-jsdom
 */
import { findActiveContent, XSS_CORPUS } from './xssCorpus';

describe('findActiveContent', () => {
  it('finds every active part of the corpus when it is inserted as raw HTML', () => {
    const container = document.createElement('div');
    container.innerHTML = XSS_CORPUS.join('\n');
    const found = findActiveContent(container);
    expect(found).toEqual(
      expect.arrayContaining([
        '<script> element',
        '<iframe> element',
        '<object> element',
        '<embed> element',
        '<img onerror> event handler',
        '<svg onload> event handler',
        '<details ontoggle> event handler',
        '<input onfocus> event handler',
        `<a href="javascript:window.xssFired='anchor href'">`,
        `<a href="JaVaScRiPt:window.xssFired='mixed case'">`,
        `<a href="javascript:window.xssFired='entity'">`,
        `<a href=" javascript:window.xssFired='leading space'">`,
        `<form action="javascript:window.xssFired='form'">`,
        '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cueHNzRmlyZWQ9MTwvc2NyaXB0Pg==">',
      ]),
    );
  });

  it('finds nothing in the same payloads rendered as text', () => {
    const container = document.createElement('div');
    for (const payload of XSS_CORPUS) {
      const paragraph = document.createElement('p');
      paragraph.textContent = payload;
      container.appendChild(paragraph);
    }
    container.appendChild(Object.assign(document.createElement('a'), { href: 'https://grc.example/x' }));
    expect(findActiveContent(container)).toEqual([]);
  });
});
