// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
if (typeof window !== "undefined" && !window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
