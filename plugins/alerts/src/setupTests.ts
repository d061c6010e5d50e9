import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// A busy machine renders the app slower than the default one-second wait allows.
configure({ asyncUtilTimeout: 10_000 });
