import { baseConfig } from '@corpus/eslint-config/base';

export default baseConfig({ tsconfigRootDir: import.meta.dirname });
