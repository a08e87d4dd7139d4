{{- define "pyexec.fullname" -}}
{{- printf "%s-pyexec" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
