// Shared look of text inputs, textareas and selects. aria-invalid (set by <Field>) turns them red.
export const controlBase =
  "block w-full min-w-0 rounded-md border border-gray-300 bg-white text-gray-900 shadow-xs transition-colors " +
  "placeholder:text-gray-400 hover:border-gray-400 " +
  "focus-visible:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 " +
  "disabled:cursor-not-allowed disabled:bg-gray-100 disabled:text-gray-500 " +
  "aria-invalid:border-danger-600 aria-invalid:focus-visible:outline-danger-600 " +
  // 16px text on phones keeps iOS from zooming into the field.
  "text-base sm:text-sm";
