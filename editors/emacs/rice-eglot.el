;;; rice-eglot.el --- R-ICE language server with eglot (Emacs 29+, built-in eglot) -*- lexical-binding: t -*-
;; Inlay hints need eglot >= 1.12 (Emacs 29.1); eglot shows diagnostics, hover and code actions, but no code lenses.
;; Emacs 28 with eglot from ELPA connects too, without inlay hints. Needs R-ICE installed (from a clone of R-ICE:
;; pip install /path/to/r-ice): runs `rice lsp`, else `python3 -I -m rice_lsp` (isolated: the project's own files,
;; such as a yaml.py, are never imported); for a virtual environment put its bin/python in place of "python3".
;; eglot runs one server per major mode: this replaces pyright/pylsp for these modes while it is active.
(defun rice-eglot-contact (&optional _interactive)
  "The R-ICE server command: the `rice' entry point, else an isolated python3."
  (append (if (executable-find "rice") '("rice" "lsp") '("python3" "-I" "-m" "rice_lsp"))
          '(:initializationOptions (:debounceMs 300))))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((python-mode python-ts-mode js-mode js-ts-mode typescript-ts-mode tsx-ts-mode) . rice-eglot-contact)))
(dolist (hook '(python-mode-hook python-ts-mode-hook js-mode-hook js-ts-mode-hook typescript-ts-mode-hook tsx-ts-mode-hook))
  (add-hook hook #'eglot-ensure))
(add-hook 'eglot-managed-mode-hook (lambda () (when (fboundp 'eglot-inlay-hints-mode) (eglot-inlay-hints-mode 1))))
;;; rice-eglot.el ends here
