;;; rice-eglot.el --- R-ICE language server with eglot (Emacs 29+, built-in eglot) -*- lexical-binding: t -*-
;; Inlay hints need eglot >= 1.12 (Emacs 29.1); eglot shows diagnostics, hover and code actions, but no code lenses.
;; Emacs 28 with eglot from ELPA connects too, without inlay hints. Needs R-ICE installed for "python3" (from a clone
;; of R-ICE: pip install /path/to/r-ice); for a virtual environment put its bin/python in place of "python3".
;; eglot runs one server per major mode: this replaces pyright/pylsp for these modes while it is active.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((python-mode python-ts-mode js-mode js-ts-mode typescript-ts-mode tsx-ts-mode)
                 . ("python3" "-m" "rice_lsp" :initializationOptions (:debounceMs 300)))))
(dolist (hook '(python-mode-hook python-ts-mode-hook js-mode-hook js-ts-mode-hook typescript-ts-mode-hook tsx-ts-mode-hook))
  (add-hook hook #'eglot-ensure))
(add-hook 'eglot-managed-mode-hook (lambda () (when (fboundp 'eglot-inlay-hints-mode) (eglot-inlay-hints-mode 1))))
;;; rice-eglot.el ends here
